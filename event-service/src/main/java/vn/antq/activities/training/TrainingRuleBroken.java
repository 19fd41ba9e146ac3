package vn.antq.activities.training;

/** A change the training's lifecycle does not allow (a conflict with its current state). */
public class TrainingRuleBroken extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public TrainingRuleBroken(String code, Object... args) {
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
