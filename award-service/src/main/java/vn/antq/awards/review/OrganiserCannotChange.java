package vn.antq.awards.review;

/** A correction that would change who organised a review (an agency, or JOINT): a conflict, since that is who owns it. */
public class OrganiserCannotChange extends RuntimeException {

    private final String organiser;

    public OrganiserCannotChange(String organiser) {
        super("The organiser of a review (" + organiser + ") cannot change");
        this.organiser = organiser;
    }

    public String organiser() {
        return organiser;
    }
}
