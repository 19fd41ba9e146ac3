package vn.antq.analytics;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries inside analytics-service, held by a test rather than by care (docs/DESIGN.md, "Boundaries"). A
 * change that breaks one fails here with the rule's name and every offending dependency.
 */
class ArchitectureTest {

    private static final String ANALYTICS = "vn.antq.analytics";

    /** What the answers are made of: the answers, their shared query parts, and the service's other ends. */
    private static final String[] ANSWERS = {
        ANALYTICS + ".participation..", ANALYTICS + ".coordination..", ANALYTICS + ".modelhealth..",
        ANALYTICS + ".awardcounts..", ANALYTICS + ".reviewcadence..", ANALYTICS + ".shortcomings..",
        ANALYTICS + ".reviewreport..", ANALYTICS + ".population..", ANALYTICS + ".query..", ANALYTICS + ".freshness..",
        ANALYTICS + ".rebuild..", ANALYTICS + ".ingest..", ANALYTICS + ".usercounts..", ANALYTICS + ".reporting..",
        ANALYTICS + ".outcomes.."};

    private static final String[] WEB = {"org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
        "vn.antq.kit.web..", "io.swagger.."};

    /** The platform's modules that a service may use: everything else under vn.antq is another service. */
    private static final String[] SHARED = {ANALYTICS + "..", "vn.antq.kit..", "vn.antq.contracts..",
        "vn.antq.gazetteer.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ANALYTICS);

    static final ArchRule PROJECTION_ENGINE_KNOWS_NO_ANSWER = noClasses().that().resideInAPackage(ANALYTICS + ".projection..")
            .should().dependOnClassesThat().resideInAnyPackage(ANSWERS)
            .orShould().dependOnClassesThat().resideInAnyPackage(WEB)
            .as("the projection engine imports none of the answers and nothing of the web")
            .because("the engine applies events to cells for any projection; the answers read the cells, never the reverse");

    static final ArchRule NO_CYCLES = slices().matching(ANALYTICS + ".(*)..").should().beFreeOfCycles()
            .as("no cycles between analytics' packages");

    static final ArchRule NO_OTHER_SERVICE = noClasses().that().resideInAPackage(ANALYTICS + "..")
            .should().dependOnClassesThat(resideInAPackage("vn.antq..").and(not(resideInAnyPackage(SHARED))))
            .as("analytics imports no other service (only the kit, the contracts and the gazetteer)")
            .because("services meet through the events and their contracts, never through each other's code");

    @Test
    void theProjectionEngineImportsNoneOfTheAnswersNorTheWeb() {
        PROJECTION_ENGINE_KNOWS_NO_ANSWER.check(CLASSES);
    }

    @Test
    void analyticsPackagesHaveNoCycles() {
        NO_CYCLES.check(CLASSES);
    }

    @Test
    void analyticsImportsNoOtherService() {
        NO_OTHER_SERVICE.check(CLASSES);
    }
}
