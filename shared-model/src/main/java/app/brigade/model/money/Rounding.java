package app.brigade.model.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Exact integer arithmetic for money: ratios of minor units rounded by an explicit rule. */
public final class Rounding {

    private Rounding() {
    }

    /** {@code amount × numerator / denominator}, rounded to a whole minor unit with {@code mode}. */
    public static long ratio(long amount, long numerator, long denominator, RoundingMode mode) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive, got " + denominator);
        }
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(numerator)));
        return exact.divide(BigDecimal.valueOf(denominator), 0, mode).longValueExact();
    }

    /** Rounds {@code amount} to the nearest multiple of {@code increment} (e.g. 5 for 0.05), half up. */
    public static long toIncrement(long amount, long increment) {
        if (increment <= 1) {
            return amount;
        }
        return ratio(amount, 1, increment, RoundingMode.HALF_UP) * increment;
    }
}
