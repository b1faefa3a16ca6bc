# Informing Futures toolkit site: built with the .NET SDK, PDFs printed by Debian's Chromium, served self-contained
# on the runtime-deps image with no browser.
#
#   docker build --build-arg SITE_PUBLIC_URL=https://toolkit.example.org -t informing-futures .
#   docker run -p 8080:8080 informing-futures
#
# Three stages, each installing only what its own distribution ships (docs/decisions/0008-debian-stage-prints-the-pdfs.md):
#   build    .NET SDK image (Ubuntu 24.04): restore and publish. Installs nothing.
#   pdf      Debian 12: Debian's Chromium and fonts print every page's PDF from the published app. (.NET 10's images are
#            Ubuntu, whose chromium package is a snap that cannot run in a build.)
#   runtime  .NET runtime-deps image (Ubuntu 24.04): the published app and its PDFs. Installs nothing; no browser.
#
# SITE_PUBLIC_URL is the address readers will use (a path is fine: https://charity.github.io/informing-futures). The
# PDFs carry it, with a QR code, on every sheet, and the image serves with it as Site__PublicUrl. The image carries the
# repository's content/ folder in /app/content; to serve another, mount it and point Content__RootPath at it:
#
#   docker run -p 8080:8080 -v $PWD/content:/content -e Content__RootPath=/content informing-futures
#
# A PDF is linked only while it matches the content and settings served, so mounted content or another
# Site__PublicUrl shows no PDF links until `pdf` is run for them (docs/deploying.md).
#
# No Docker engine runs where this project is developed: scripts/check-docker-publish.sh runs every stage's commands
# on the distribution the stage names (refusing any package install on a .NET image) and serves the result.

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src

# Restore on its own layer: it is only redone when the project or package files change.
COPY global.json Directory.Build.props Directory.Packages.props InformingFutures.sln ./
COPY src/InformingFutures.Web/InformingFutures.Web.csproj src/InformingFutures.Web/
RUN dotnet restore src/InformingFutures.Web/InformingFutures.Web.csproj -a $TARGETARCH -p:SelfContained=true -p:PublishReadyToRunComposite=true

COPY src/ src/
COPY content/ content/
# The project copies ../../content/** into the publish folder as content/. Self-contained with the framework compiled
# into one composite ReadyToRun image, the site reaches its first page in about 0.73x the time of a
# framework-dependent publish (docs/decisions/0006-self-contained-composite-publish.md), and the pdf stage can run it
# on Debian with no .NET installed.
RUN dotnet publish src/InformingFutures.Web/InformingFutures.Web.csproj -c Release -a $TARGETARCH --self-contained -p:PublishReadyToRunComposite=true --no-restore -o /app/publish

FROM debian:bookworm-slim AS pdf
ARG SITE_PUBLIC_URL=
# Chromium and the fonts the pages print in; ICU and CA certificates for the .NET app.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation2 fonts-dejavu-core libicu72 ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/publish /app/publish
# The published app prints its own PDFs into /app/publish/pdf (Pdf:Folder), so each names the very build that serves
# it. Building for another architecture than the builder's needs emulation for this step (docker buildx with QEMU).
RUN cd /app/publish && Site__PublicUrl="$SITE_PUBLIC_URL" ./InformingFutures.Web pdf

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
ARG SITE_PUBLIC_URL=
WORKDIR /app
COPY --from=build /app/publish .
COPY --from=pdf /app/publish/pdf ./pdf
ENV ASPNETCORE_HTTP_PORTS=8080 Content__RootPath=/app/content Site__PublicUrl=$SITE_PUBLIC_URL
EXPOSE 8080
# The non-root user the .NET images define.
USER $APP_UID
ENTRYPOINT ["./InformingFutures.Web"]
