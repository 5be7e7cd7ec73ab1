# One multi-stage build for every service and the web pages: docker-compose passes SERVICE (e.g. catalog-service, web).
# Stage 1 builds from source with the project's own Maven wrapper; stage 2 is a JRE with the
# packaged Quarkus app only.
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
# poms first, so dependency downloads are cached until a pom changes; Maven refuses to start unless every
# module the parent lists has its pom
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY contracts/pom.xml contracts/pom.xml
COPY platform/infra/pom.xml platform/infra/pom.xml
COPY platform/testing/pom.xml platform/testing/pom.xml
COPY platform/outbox/pom.xml platform/outbox/pom.xml
COPY platform/privacy/pom.xml platform/privacy/pom.xml
COPY platform/problem/pom.xml platform/problem/pom.xml
COPY platform/api/pom.xml platform/api/pom.xml
COPY platform/security/pom.xml platform/security/pom.xml
COPY platform/local-stack/pom.xml platform/local-stack/pom.xml
COPY catalog-service/pom.xml catalog-service/pom.xml
COPY routine-service/pom.xml routine-service/pom.xml
COPY progress-service/pom.xml progress-service/pom.xml
COPY platform/openapi-check/pom.xml platform/openapi-check/pom.xml
COPY web/pom.xml web/pom.xml
RUN ./mvnw -B -q -pl ${SERVICE} -am dependency:go-offline -DexcludeReactor=true
COPY . .
RUN ./mvnw -B -q -pl ${SERVICE} -am -DskipTests package

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/quarkus-app/ /app/
RUN useradd --system --uid 1001 limber
USER 1001
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
