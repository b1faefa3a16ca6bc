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
# The PDFs behind each page's Download PDF link are printed in the build stage, where a browser is allowed,
# for the address the site will be served at (a PDF carries it, with a QR code, on every sheet):
#
#   docker build --build-arg SITE_PUBLIC_URL=https://toolkit.example.org -t informing-futures .
#
# The runtime stage has no browser. A PDF is linked only while it matches the content and settings served, so
# mounted content or another Site__PublicUrl shows no PDF links until `pdf` is run for them (docs/deploying.md).
#
# scripts/check-docker-publish.sh runs the publish and pdf steps below outside Docker, so CI notices if they break.

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
ARG SITE_PUBLIC_URL=
WORKDIR /src
# Chromium and fonts for the pdf step, in this stage only.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation2 fonts-dejavu-core && rm -rf /var/lib/apt/lists/*

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
# The published app prints its own PDFs into /app/publish/pdf (Pdf:Folder), so each names the very build that serves
# it. Building for another architecture than the builder's needs emulation for this step (docker buildx with QEMU).
RUN cd /app/publish && Site__PublicUrl="$SITE_PUBLIC_URL" ./InformingFutures.Web pdf

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
ARG SITE_PUBLIC_URL=
WORKDIR /app
COPY --from=build /app/publish .
ENV ASPNETCORE_HTTP_PORTS=8080 Content__RootPath=/app/content Site__PublicUrl=$SITE_PUBLIC_URL
EXPOSE 8080
# The non-root user the .NET images define.
USER $APP_UID
ENTRYPOINT ["./InformingFutures.Web"]
