# One image per service, built from this repository:
#   docker build --build-arg SERVICE=event-service -t antq/event-service .
# docker-compose.yml builds the four services, identity-service and the portal.
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY contracts contracts
COPY gazetteer gazetteer
COPY embedded-infra embedded-infra
COPY test-support test-support
COPY service-kit service-kit
COPY event-service event-service
COPY model-service model-service
COPY award-service award-service
COPY analytics-service analytics-service
COPY identity-service identity-service
COPY portal portal
COPY local-stack local-stack
RUN ./mvnw -B -ntp -q -DskipTests package -pl ${SERVICE} -am

FROM eclipse-temurin:17-jre
ARG SERVICE
RUN groupadd --system --gid 10001 antq && useradd --system --uid 10001 --gid antq --no-create-home antq
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*-exec.jar /app/service.jar
USER antq
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
