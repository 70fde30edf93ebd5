package app.brigade.devices.receipt;

import java.util.Objects;

/** Tax for one rate: taxable base and tax in minor units; {@code included} when prices contain it. */
public record TaxLine(String label, int rateBasisPoints, long taxableMinor, long taxMinor, boolean included) {
    public TaxLine {
        Objects.requireNonNull(label, "label");
        if (rateBasisPoints < 0) {
            throw new IllegalArgumentException("Tax rate of '" + label + "' must not be negative, was " + rateBasisPoints);
        }
    }
}
