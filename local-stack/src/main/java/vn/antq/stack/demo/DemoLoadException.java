package vn.antq.stack.demo;

/** The demo could not be loaded as planned: a service refused something, or did not answer. */
public class DemoLoadException extends RuntimeException {

    public DemoLoadException(String message) {
        super(message);
    }

    public DemoLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
