package vn.antq.activities.material;

/** A change the lifecycle of a material or of a distribution does not allow (a conflict with its current state). */
public class MaterialRuleBroken extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public MaterialRuleBroken(String code, Object... args) {
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
