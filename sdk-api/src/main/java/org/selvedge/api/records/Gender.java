package org.selvedge.api.records;

/** A person's gender as the wire format records it ({@code "woman"}, {@code "man"}, ...). */
public enum Gender {
    WOMAN("woman"),
    MAN("man"),
    NONBINARY("nonbinary"),
    UNDISCLOSED("undisclosed");

    private final String wireName;

    Gender(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in JSON. */
    public String wireName() {
        return wireName;
    }

    /**
     * The gender with this JSON name.
     *
     * @throws IllegalArgumentException when the name is not one of the four the format allows
     */
    public static Gender fromWireName(String name) {
        for (Gender g : values()) {
            if (g.wireName.equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("gender must be one of woman, man, nonbinary, undisclosed");
    }
}
