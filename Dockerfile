# Informing Futures toolkit site: build with the .NET SDK, run self-contained on the runtime-deps image.
#
#   docker build -t informing-futures .
#   docker run -p 8080:8080 informing-futures
#
# The image carries the repository's content/ folder in /app/content. To serve another folder of
# Markdown instead, mount it and point Content__RootPath at it:
#
#   docker run -p 8080:8080 -v $PWD/content:/content -e Content__RootPath=/content informing-futures
#
# scripts/check-docker-publish.sh runs the publish step below outside Docker, so CI notices if it breaks.

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src

# Restore on its own layer: it is only redone when the project or package files change.
COPY global.json Directory.Build.props Directory.Packages.props InformingFutures.sln ./
COPY src/InformingFutures.Web/InformingFutures.Web.csproj src/InformingFutures.Web/
RUN dotnet restore src/InformingFutures.Web/InformingFutures.Web.csproj -a $TARGETARCH -p:SelfContained=true -p:PublishReadyToRunComposite=true

COPY src/ src/
COPY content/ content/
# The project copies ../../content/** into the publish folder as content/. Publishing for the target
# architecture turns on ReadyToRun (precompiled code); self-contained with the framework compiled into one
# composite image, the site reaches its first page in about 0.73x the time of a framework-dependent publish
# (docs/decisions/0006-self-contained-composite-publish.md).
RUN dotnet publish src/InformingFutures.Web/InformingFutures.Web.csproj -c Release -a $TARGETARCH --self-contained -p:PublishReadyToRunComposite=true --no-restore -o /app/publish

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .
ENV ASPNETCORE_HTTP_PORTS=8080 Content__RootPath=/app/content
EXPOSE 8080
# The non-root user the .NET images define.
USER $APP_UID
ENTRYPOINT ["./InformingFutures.Web"]
