# syntax=docker/dockerfile:1
# AsyncBot: Native AOT binary on the chiseled runtime-deps image (no shell, no package manager, non-root).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Native AOT links with clang and needs zlib's headers.
RUN apt-get update \
    && apt-get install -y --no-install-recommends clang zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY AsyncBot.sln Directory.Build.props Directory.Packages.props ./
COPY config/ config/
COPY src/ src/
# The version reaches MSBuild as an environment property, so the publish command stays identical to CI's. So does
# the repository URL named in the bot's User-Agents: a fork passes its own (empty: Directory.Build.props' default).
ARG VERSION=1.0.0
ENV VERSION=${VERSION}
ARG REPOSITORY_URL=
ENV RepositoryUrl=${REPOSITORY_URL}
RUN dotnet publish src/AsyncBot/AsyncBot.csproj -c Release -r linux-x64 -p:PublishAot=true -o artifacts/publish
# An empty folder to become /data in the final image, which has no shell to make one.
RUN mkdir -p artifacts/data

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS runtime
ARG VERSION=1.0.0
ARG REPOSITORY_URL=https://github.com/asyncbot/asyncbot
LABEL org.opencontainers.image.title="AsyncBot" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.source="${REPOSITORY_URL}"
WORKDIR /app
COPY --from=build /src/artifacts/publish/AsyncBot /app/AsyncBot
# Skia's native library (no-dependencies build) for the timeline picture; loaded from beside the binary.
COPY --from=build /src/artifacts/publish/libSkiaSharp.so /app/libSkiaSharp.so
# libsodium (NSec's native half) checks the Ed25519 signatures of interactions in Http mode.
COPY --from=build /src/artifacts/publish/libsodium.so /app/libsodium.so
COPY --from=build /src/artifacts/publish/config/ /app/config/
# SQLite's native library, for the run history.
COPY --from=build /src/artifacts/publish/libe_sqlite3.so /app/libe_sqlite3.so
# Run history's SQLite file lives on the /data volume: the root filesystem is read-only (compose.yaml).
COPY --from=build --chown=1654:1654 /src/artifacts/data/ /data/
ENV History__ConnectionString="Data Source=/data/history.db"
VOLUME /data
# Http mode (Discord__Interactions=Http): the interactions endpoint on all interfaces, behind your TLS proxy.
ENV Http__Urls=http://0.0.0.0:8080
EXPOSE 8080
# The chiseled image's non-root "app" user.
USER 1654:1654
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["/app/AsyncBot", "healthcheck"]
ENTRYPOINT ["/app/AsyncBot"]
