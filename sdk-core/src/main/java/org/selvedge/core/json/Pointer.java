package org.selvedge.core.json;

/** JSON Pointer (RFC 6901) building. */
public final class Pointer {
    private Pointer() {}

    /** {@code parent} followed by the member {@code name}, escaped. */
    public static String member(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** {@code parent} followed by the array {@code index}. */
    public static String index(String parent, int index) {
        return parent + "/" + index;
    }
}
