# Build stage: Maven with JDK 17 builds the shaded jar (tests run in CI, not in the image build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY ontology ontology
COPY seeds seeds
COPY queries queries
RUN mvn -B -q -DskipTests package

# Run stage: a JRE only, as a non-root user, with the TDB2 data folder on a volume.
FROM eclipse-temurin:17-jre
RUN groupadd --system policykg && useradd --system --gid policykg --home /srv/policy-kg policykg \
    && mkdir -p /srv/policy-kg/data && chown -R policykg:policykg /srv/policy-kg
WORKDIR /srv/policy-kg
COPY --from=build /src/target/policy-kg.jar /srv/policy-kg/policy-kg.jar
USER policykg
VOLUME ["/srv/policy-kg/data"]
EXPOSE 8080
# Health: GET /health answers 200 once the store is open and the seeds are loaded (probe it from the orchestrator).
# The seeds are packed in the jar and loaded into the volume on first start.
ENTRYPOINT ["java", "-jar", "/srv/policy-kg/policy-kg.jar"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080", "--data", "/srv/policy-kg/data"]
