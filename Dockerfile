# syntax=docker/dockerfile:1
#
# The newsflow image: one image for every service (ingest, enrich, sink, topics), chosen by the command:
#   docker run --rm newsflow:latest --help
#   docker run --rm -e KAFKA_BOOTSTRAP_SERVERS=... -e SCHEMA_REGISTRY_URL=... newsflow:latest enrich
# JAVA_OPTS (e.g. -Xmx1g) goes to the JVM. docker-compose.yml runs the whole pipeline.

# ---- build: the Maven wrapper, as on a developer machine and in CI ------------------------------------
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src

# Everything the build needs (.dockerignore keeps out target/, node_modules/, data/, .git). Copying the
# poms first would not help here: a multi-module build cannot resolve its own SNAPSHOT modules offline,
# so instead the cache mount below keeps the local Maven repository (and the wrapper's Maven) between
# builds (BuildKit, the default builder of docker compose v2).
COPY . .

# The maven image sets MAVEN_CONFIG=/root/.m2 for its own entrypoint, which a RUN does not go through;
# Maven wrapper scripts have passed that variable on as a goal ("Unknown lifecycle phase /root/.m2",
# carlossg/docker-maven#301), so it is unset. Tests run in CI (./mvnw verify), not here.
RUN --mount=type=cache,target=/root/.m2 \
    unset MAVEN_CONFIG \
 && ./mvnw -B -q -DskipTests package \
 && test -f standalone/runner/target/newsflow.jar \
 && test -d standalone/runner/target/lib

# ---- runtime: a JRE, the runner and its libraries, nothing else ----------------------------------------
FROM eclipse-temurin:17-jre-noble

# curl for the compose healthchecks (GET /health).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 newsflow \
 && useradd --system --uid 10001 --gid newsflow --home-dir /var/lib/newsflow --no-create-home \
      --shell /usr/sbin/nologin newsflow \
 && mkdir -p /var/lib/newsflow/enrich /var/lib/newsflow/sink \
 && chown -R newsflow:newsflow /var/lib/newsflow

# newsflow.jar is a thin jar: its manifest's Class-Path names lib/*.jar, so both are copied. The NER model
# is inside newsflow-enrich's jar in lib/. Apicurio Registry (the local stack's registry) is not copied:
# in containers the schema registry is its own service.
COPY --from=build /src/standalone/runner/target/lib /opt/newsflow/lib
COPY --from=build /src/standalone/runner/target/newsflow.jar /opt/newsflow/newsflow.jar

# Relative paths in settings (e.g. the default state directories data/...) land in the data directory.
WORKDIR /var/lib/newsflow
USER newsflow

# 8090 ingest push endpoint, 8091 enrich /health and /metrics, 8080 sink dashboard.
EXPOSE 8080 8090 8091

ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/newsflow/newsflow.jar \"$@\"", "--"]
CMD ["--help"]
