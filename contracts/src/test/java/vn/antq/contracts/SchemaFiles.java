package vn.antq.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the schema files as plain JSON and follows their relative {@code $ref}s, for tests that compare them with the code. */
final class SchemaFiles {

    private SchemaFiles() {
    }

    /** A classpath resource as a tree; fails the test if it does not exist. */
    static JsonNode load(String path) {
        try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("no resource " + path);
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema that defines an event type's properties: the file itself, or the state file it $refs (as {@code allOf[0]}). */
    static Definition definitionOf(EventContract contract) {
        JsonNode schema = load(contract.schemaPath());
        String ref = firstRef(schema);
        return ref != null
                ? follow(folderOf(contract.schemaPath()), ref)
                : new Definition(folderOf(contract.schemaPath()), schema);
    }

    /**
     * {@code node}, or what it refers to, read relative to {@code folder}: a {@code $ref} standing alone, or the
     * {@code $ref} that opens its {@code allOf} (how a schema adds a description or a narrowing to a reference).
     */
    static Definition resolve(String folder, JsonNode node) {
        if (node.has("$ref")) {
            return follow(folder, node.get("$ref").asString());
        }
        String ref = node.has("enum") ? null : firstRef(node);
        return ref != null ? follow(folder, ref) : new Definition(folder, node);
    }

    private static String firstRef(JsonNode node) {
        JsonNode allOf = node.get("allOf");
        return allOf != null && !allOf.isEmpty() && allOf.get(0).has("$ref") ? allOf.get(0).get("$ref").asString() : null;
    }

    private static Definition follow(String folder, String ref) {
        String[] fileAndPointer = ref.split("#", 2);
        String path = folder + fileAndPointer[0];
        JsonNode file = load(path);
        JsonNode target = fileAndPointer.length == 2 ? file.at(fileAndPointer[1]) : file;
        return resolve(folderOf(path), target);
    }

    private static String folderOf(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** A schema node and the folder its own $refs are relative to. */
    record Definition(String folder, JsonNode node) {

        Definition property(String name) {
            return resolve(folder, node.get("properties").get(name));
        }
    }
}
