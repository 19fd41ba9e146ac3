package vn.antq.kit.testapp.web;

/** What the sample store keeps and answers with. */
public record Note(String id, long version, String fingerprint, NoteRequest content) {
}
