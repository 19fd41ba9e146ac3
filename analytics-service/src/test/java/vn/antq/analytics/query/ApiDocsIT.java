package vn.antq.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;

/**
 * {@code /v3/api-docs} describes every analytics answer field by field: its 200 response is a schema with
 * properties (not a bare "object"), and so are the rows and the other objects inside it, down to the review report's
 * sections and each kind of a shortcoming's subject and evidence.
 */
@AnalyticsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsIT {

    @LocalServerPort
    int port;

    private Map<String, Object> docs;

    @BeforeAll
    void readTheDocs() throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString()).body();
        docs = new Api.Response(200, "application/json", null, body).json();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "get|/participation|rows,totals,structure,attributedBySplit,asOf|rows|agency,province,communeName,year,channel,kind,activities,participants,women,ethnicMinority,reach,copies",
        "get|/participation|rows,totals,structure,attributedBySplit,asOf|attributedBySplit|oldCode,oldName,newCode,newName,otherSuccessors,activities,copies",
        "get|/coordination|rows,totals,structure,attributedBySplit,asOf|rows|pair,province,month,jointActivities,participants",
        "get|/coordination|rows,totals,structure,attributedBySplit,asOf|attributedBySplit|oldCode,newCode,jointActivities,participants",
        "get|/awards|rows,totals,structure,attributedBySplit,asOf|rows|agency,form,recipientType,year,nominated,approved,rejected,conferred,revoked",
        "get|/awards|rows,totals,structure,attributedBySplit,asOf|attributedBySplit|oldCode,newCode,nominated,revoked",
        "get|/users|rows,active,asOf|rows|agency,role,structure,province,communeName,active",
        "get|/reporting|dataSet,dataSetName,from,to,locality,localityName,onTimeDay,totals,byPeriod,rows,notReported,asOf|byPeriod|agency,agencyName,cadence,period,expected,submitted,approved,returned,onTime,reportingRate,onTimeRate",
        "get|/reporting|totals,byPeriod,rows,notReported|rows|agency,agencyName,period,unit,unitName,level,levelName,communeName,state,stateName,expected,submitted,approved,onTime,records,firstSubmittedOn,daysAfterPeriodEnd",
        "get|/reporting|totals,byPeriod,rows,notReported|notReported|agency,agencyName,period,unit,unitName,level,levelName,state,stateName",
        "get|/reviews|rows,structure,attributedBySplit,asOf|rows|agency,locality,province,provinceName,interim,final,byYear,lastInterimHeldOn,longestInterimGap,reviews",
        "get|/reviews|rows,structure,attributedBySplit,asOf|attributedBySplit|oldCode,newCode,interim,final",
        "get|/models|asOf,paperOnlyMonths,byStatus,byType,reportTotals,paperOnly,overlapping,structure,attributedBySplit,computedAt|paperOnly|modelId,name,type,agency,locality,communeName,establishedOn,lastReportPeriod,monthsWithoutReport",
        "get|/models|asOf,byStatus|overlapping|type,locality,province,activeModels,modelIds,agencies",
        "get|/models|asOf,byStatus|byType|type,ACTIVE,SUSPENDED,DISSOLVED,total",
        "get|/models|asOf,byStatus|attributedBySplit|oldCode,newCode,models,reports,meetings",
        "get|/freshness|topics,lag,lastEventTime,generation,rebuilding,asOf|topics|topic,lag,lastEventTime,partitions",
        "post|/rebuild|id,state,generation,previousGeneration,requestedBy,startedAt,recordsTotal,recordsRead,progress,finishedAt,error|partitions|topic,partition,endOffset,position",
        "get|/rebuild/{id}|id,state,generation,partitions,progress|partitions|topic,partition,endOffset,position",
        "get|/shortcomings|from,to,locality,thresholds,counts,findings,skipped,asOf|findings|kind,severity,subject,evidence,explanation",
        "get|/shortcomings|thresholds,counts|skipped|test,localities,explanation",
        "get|/reference/population|count,updatedAt,updatedBy,entries,asOf|entries|code,name,level,population,year",
        "put|/reference/population|count,updatedAt,updatedBy,entries,asOf|entries|code,name,level,population,year",
    })
    void everyAnswerIsDescribedFieldByField(String method, String path, String fields, String list, String listFields) {
        Map<String, Object> schema = responseSchema(method, "/api/v1/analytics" + path);
        assertThat(properties(schema)).as(path).containsKeys(fields.split(","));
        Map<String, Object> items = resolve(cast(cast(properties(schema).get(list)).get("items")));
        assertThat(properties(items)).as(path + " " + list).containsKeys(listFields.split(","));
    }

    @ParameterizedTest(name = "/report {0}")
    @CsvSource(delimiter = '|', value = {
        "|title,lang,from,to,locality,localityName,outreach,coordination,models,commendations,shortcomings,asOf",
        "outreach|totals,byAgency,byChannel,byKind,byDistrict,byYear",
        "outreach.totals|activities,participants,women,ethnicMinority,reach,copies",
        "outreach.byAgency[]|agency,agencyName,activities,participants,women,ethnicMinority,reach,copies",
        "outreach.byChannel[]|channel,channelName,activities,participants",
        "outreach.byKind[]|kind,kindName,activities,participants",
        "outreach.byDistrict[]|district,districtName,activities,participants",
        "outreach.byYear[]|year,activities,participants,copies",
        "coordination|totals,byPair",
        "coordination.totals|jointActivities,participants",
        "coordination.byPair[]|pair,pairName,jointActivities,participants",
        "models|asOf,paperOnlyMonths,byStatus,byType,reportTotals,paperOnly,overlapping,structure,computedAt",
        "models.paperOnly[]|modelId,name,type,agency,locality,monthsWithoutReport",
        "commendations|totals,byAgencyAndForm,byYear",
        "commendations.totals|nominated,approved,rejected,conferred,revoked",
        "commendations.byAgencyAndForm[]|agency,form,agencyName,formName,nominated,approved,rejected,conferred,revoked",
        "commendations.byYear[]|year,nominated,conferred",
        "shortcomings|from,to,locality,thresholds,counts,findings,skipped,asOf",
        "shortcomings.findings[]|kind,severity,subject,evidence,explanation",
    })
    void theReportsJsonIsDescribedFieldByField(String path, String fields) {
        Map<String, Object> schema = responseSchema("get", "/api/v1/analytics/report");
        if (path != null) {
            for (String step : path.split("\\.")) {
                Map<String, Object> property = cast(properties(schema).get(step.replace("[]", "")));
                assertThat(property).as("/report %s", path).isNotNull();
                schema = resolve(step.endsWith("[]") ? cast(property.get("items")) : property);
            }
        }
        assertThat(properties(schema)).as("/report %s", path).containsKeys(fields.split(","));
    }

    @ParameterizedTest(name = "finding {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "subject|LocalitySubject|type,code,name,district,province,provinceName",
        "subject|AgencyPairSubject|type,code,name,agencies,locality,localityName",
        "subject|ModelSubject|type,code,name,agency,modelType,locality,localityName",
        "subject|ModelPairSubject|type,code,ids,names,modelType,agencies,locality,localityName",
        "subject|AgencyLocalitySubject|type,code,name,agency,locality,localityName",
        "evidence|LowParticipationEvidence|participations,activities,residents,participationsPerThousandResidents,provinceMedianPerThousandResidents,participationsPerActivity,provinceMedianPerActivity,provinceLocalities,recentParticipations,earlierParticipations,changePercent,lowCommunes",
        "evidence|LooseCoordinationEvidence|jointActivities,medianPairJointActivities,pairs,recentJointActivities,earlierJointActivities",
        "evidence|PaperOnlyModelEvidence|monthsWithoutReport",
        "evidence|OverlappingModelsEvidence|activeModels,agencies",
        "evidence|IrregularReviewsEvidence|reviews,interimReviews,finalReviews,longestGapMonths,longestGapDays,commendationsInInterimReviewYears",
    })
    void aFindingsSubjectAndEvidenceAreDescribedForEachKind(String property, String alternative, String fields) {
        Map<String, Object> finding = resolve(cast(cast(properties(responseSchema("get", "/api/v1/analytics/shortcomings"))
                .get("findings")).get("items")));
        Map<String, Object> schema = resolve(cast(properties(finding).get(property)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> oneOf = (List<Map<String, Object>>) schema.get("oneOf");
        assertThat(oneOf).as("%s is one of the kinds' records", property).isNotNull()
                .extracting(ref -> String.valueOf(ref.get("$ref"))).contains("#/components/schemas/" + alternative);
        assertThat(properties(resolve(Map.of("$ref", "#/components/schemas/" + alternative))))
                .as(alternative).containsOnlyKeys(fields.split(","));
    }

    private Map<String, Object> responseSchema(String method, String path) {
        Map<String, Object> operation = cast(cast(cast(docs.get("paths")).get(path)).get(method));
        Map<String, Object> responses = cast(operation.get("responses"));
        // The success answer: 200, or 202 for a rebuild started.
        Object success = responses.containsKey("200") ? responses.get("200") : responses.get("202");
        Map<String, Object> content = cast(cast(success).get("content"));
        Map<String, Object> schema = resolve(cast(cast(content.values().iterator().next()).get("schema")));
        assertThat(schema).as(path + " is described by its properties, not as a bare object").containsKey("properties");
        return schema;
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
        return cast(cast(cast(docs.get("components")).get("schemas")).get(name));
    }

    private Map<String, Object> properties(Map<String, Object> schema) {
        Map<String, Object> properties = cast(resolve(schema).get("properties"));
        assertThat(properties).as("properties of %s", schema).isNotNull().isNotEmpty();
        return properties;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

}
