# Build stage: Maven with JDK 17 builds the shaded jar (tests run in CI, not in the image build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY ontology ontology
COPY seeds seeds
COPY queries queries
# no class-data archive here: it must come from the JVM that runs the jar (the run stage's)
RUN mvn -B -q -DskipTests -Dcds.skip package

# Run stage: a JRE only, as a non-root user, with the TDB2 data folder on a volume.
FROM eclipse-temurin:17-jre
RUN groupadd --system policykg && useradd --system --gid policykg --home /srv/policy-kg policykg \
    && mkdir -p /srv/policy-kg/data && chown -R policykg:policykg /srv/policy-kg
WORKDIR /srv/policy-kg
# the layout serve.options expects: the jar and its archive under target/, relative to the workdir
COPY --from=build /src/target/policy-kg.jar /srv/policy-kg/target/policy-kg.jar
COPY src/main/jvm/serve.options /srv/policy-kg/serve.options
# class-data archive of a training start (load in memory, answer one query, stop) with this JVM
RUN POLICY_KG_LOG_LEVEL=WARN java -Xlog:disable -Xlog:all=error:stderr \
        -XX:ArchiveClassesAtExit=target/policy-kg.jsa -jar target/policy-kg.jar \
        serve --memory --port 0 --stop-when-ready
USER policykg
VOLUME ["/srv/policy-kg/data"]
EXPOSE 8080
# Health: GET /health answers 200 once the store is open and the seeds are loaded (probe it from the orchestrator).
# The seeds are packed in the jar (extracted at build time) and loaded into the volume on first start.
ENTRYPOINT ["java", "@serve.options", "-jar", "target/policy-kg.jar"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080", "--data", "/srv/policy-kg/data"]
