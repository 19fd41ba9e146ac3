package vn.antq.contracts;

/**
 * Kafka header names of a CloudEvent in binary mode: the attributes travel as headers and the
 * record value is the JSON body. The constants are named after the headers they hold.
 */
public final class CloudEventHeaders {

    public static final String CE_ID = "ce_id";
    public static final String CE_SOURCE = "ce_source";
    public static final String CE_TYPE = "ce_type";
    public static final String CE_SUBJECT = "ce_subject";
    /**
     * When the change happened: the body's {@code occurredAt} truncated to the millisecond, ISO-8601 in UTC with
     * {@code Z}, with three fraction digits unless they are all zero ({@code 2024-05-01T08:30:00.120Z},
     * {@code 2024-05-01T08:30:00Z}).
     */
    public static final String CE_TIME = "ce_time";
    /** The {@code $id} of the body's JSON Schema ({@link EventContract#schemaId()}); CloudEvents' {@code dataschema}. */
    public static final String CE_DATASCHEMA = "ce_dataschema";
    public static final String CE_SPECVERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";

    /** The value of {@link #CE_SPECVERSION}. */
    public static final String SPEC_VERSION = "1.0";
    /** The value of {@link #CONTENT_TYPE}. */
    public static final String CONTENT_TYPE_JSON = "application/json";

    private CloudEventHeaders() {
    }
}
