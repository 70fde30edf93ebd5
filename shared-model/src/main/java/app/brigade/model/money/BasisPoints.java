package app.brigade.model.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A percentage in basis points: 1 bp = 0.01 %, so 20 % is {@code 2000} and 100 % is {@code 10000}. */
public record BasisPoints(@JsonValue int value) {

    public static final BasisPoints ZERO = new BasisPoints(0);
    public static final BasisPoints HUNDRED_PERCENT = new BasisPoints(10_000);

    public BasisPoints {
        if (value < 0) {
            throw new IllegalArgumentException("a percentage cannot be negative (got " + value + " bp)");
        }
    }

    @JsonCreator
    public static BasisPoints of(int value) {
        return new BasisPoints(value);
    }

    public static BasisPoints ofPercent(int percent) {
        return new BasisPoints(Math.multiplyExact(percent, 100));
    }

    @Override
    public String toString() {
        return value / 100 + "." + String.format("%02d", value % 100) + "%";
    }
}
