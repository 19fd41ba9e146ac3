package vn.antq.activities.activity;

/** A change the activity's lifecycle does not allow (a conflict with its current state). */
public class ActivityRuleBroken extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public ActivityRuleBroken(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
