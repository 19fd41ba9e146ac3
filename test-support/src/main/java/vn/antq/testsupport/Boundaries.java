package vn.antq.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The boundaries of the platform's code, as rules a test checks (docs/DESIGN.md, "Boundaries"). Each rule carries
 * its wording, so that a change that breaks one fails with "Rule '&lt;the rule in words&gt;' was violated" and the
 * offending dependencies. A module's test imports its main classes once ({@link #mainClassesOf}) and checks the
 * rules that apply to it.
 */
public final class Boundaries {

    /** The base packages of the service modules: none may import another. */
    public static final List<String> SERVICES =
            List.of("vn.antq.activities", "vn.antq.models", "vn.antq.awards", "vn.antq.analytics");

    /** What domain code must not use: the framework, the database, the web, JSON mapping, and the kit's adapters. */
    static final String[] INFRASTRUCTURE = {"org.springframework..", "com.mongodb..", "org.bson..", "tools.jackson..",
            "com.fasterxml.jackson..", "jakarta.servlet..", "org.apache.kafka..", "io.swagger..", "org.springdoc..",
            "vn.antq.kit.web..", "vn.antq.kit.security..", "vn.antq.kit.outbox..", "vn.antq.kit.store..",
            "vn.antq.kit.health.."};

    private Boundaries() {
    }

    /** The main (not test) classes of the packages below {@code basePackage} on this module's class path. */
    public static JavaClasses mainClassesOf(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    /**
     * Domain code (the named classes: an aggregate, its details, its rule exceptions, its form and its validation)
     * depends on nothing of Spring, MongoDB, the web, Jackson, Kafka, or the kit's web, security, outbox and store.
     */
    public static ArchRule domainIsPlain(String... domainClassNames) {
        Set<String> names = Set.of(domainClassNames);
        DescribedPredicate<JavaClass> domain = DescribedPredicate.describe("the domain",
                javaClass -> names.contains(javaClass.getName())
                        || javaClass.getEnclosingClass().map(e -> names.contains(e.getName())).orElse(false));
        return noClasses().that(domain)
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
                .as("domain code (aggregates, their details, rules, forms and validation) depends on nothing of "
                        + "Spring, MongoDB, the web, Jackson or Kafka, nor on the kit's web, security, outbox or store");
    }

    /** A service module's code depends on no other service module's code (Kafka events are the only path). */
    public static ArchRule noServiceImportsAnother(String ownBasePackage) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(ownBasePackage)).map(s -> s + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(ownBasePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as("no service module imports another service module (" + ownBasePackage + " uses none of "
                        + String.join(", ", Arrays.stream(others).map(o -> o.replace("..", "")).toList())
                        + "): Kafka events are the only path between services");
    }

    /** The kit serves the services and knows none of them. */
    public static ArchRule kitKnowsNoService() {
        return noClasses().that().resideInAPackage("vn.antq.kit..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        SERVICES.stream().map(s -> s + "..").toArray(String[]::new))
                .as("the kit (vn.antq.kit) imports no service module");
    }

    /** No two packages of a module depend on each other, directly or through others. */
    public static ArchRule noCyclesBetweenPackages(String basePackage) {
        return SlicesRuleDefinition.slices().assignedFrom(byPackage(basePackage)).should().beFreeOfCycles()
                .as("no cycles between the packages of " + basePackage + " (each package depends on others in one "
                        + "direction only)");
    }

    /**
     * The kit's packages in one direction: {@code web} is the base and uses no other kit package; {@code recording}
     * is the top, used by services, by no kit package. (No cycles between them is {@link #noCyclesBetweenPackages}.)
     */
    public static Stream<ArchRule> kitPackagesInOneDirection() {
        return Stream.of(
                noClasses().that().resideInAPackage("vn.antq.kit.web..")
                        .should().dependOnClassesThat().resideInAnyPackage("vn.antq.kit.security..",
                                "vn.antq.kit.outbox..", "vn.antq.kit.store..", "vn.antq.kit.recording..",
                                "vn.antq.kit.reference..", "vn.antq.kit.health..")
                        .as("the kit's web package is its base: it imports no other kit package"),
                noClasses().that().resideInAPackage("vn.antq.kit..").and().resideOutsideOfPackage("vn.antq.kit.recording..")
                        .should().dependOnClassesThat().resideInAPackage("vn.antq.kit.recording..")
                        .as("the kit's recording package is its top: no other kit package imports it"));
    }

    private static SliceAssignment byPackage(String basePackage) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(basePackage) || name.startsWith(basePackage + ".")
                        ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages of " + basePackage;
            }
        };
    }
}
