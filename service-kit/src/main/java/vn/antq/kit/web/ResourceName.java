package vn.antq.kit.web;

import org.springframework.context.MessageSourceResolvable;

/** A message argument naming a kind of record, resolved as {@code resource.<name>} or shown as given. */
record ResourceName(String name) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        return new String[] {"resource." + name};
    }

    @Override
    public String getDefaultMessage() {
        return name;
    }
}
