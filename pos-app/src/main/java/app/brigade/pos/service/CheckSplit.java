package app.brigade.pos.service;

import java.util.List;

/** What to split off a check: every live line of one seat, or the lines the cashier picked. */
public sealed interface CheckSplit {

    record BySeat(int seat) implements CheckSplit {
        public BySeat {
            if (seat < 1) {
                throw new IllegalArgumentException("seats are numbered from 1, got " + seat);
            }
        }
    }

    record ByItems(List<String> lineIds) implements CheckSplit {
        public ByItems {
            lineIds = List.copyOf(lineIds);
        }
    }
}
