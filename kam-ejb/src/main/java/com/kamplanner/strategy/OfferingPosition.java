package com.kamplanner.strategy;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * One of our offerings placed in the customer's purchasing portfolio (Kraljic), as the Key Account Database
 * records it: the matrix tool the orientation step offers when the strategy template asks for it.
 */
public record OfferingPosition(String offering, Position position) implements Serializable {

    /**
     * The four cells of the purchasing portfolio, by the customer's profit impact and supply risk: how the customer
     * buys what we sell decides which relationship it wants with us.
     */
    public enum Position {
        STRATEGIC(true, true), LEVERAGE(true, false), BOTTLENECK(false, true), NON_CRITICAL(false, false);

        private final boolean highImpact;
        private final boolean highRisk;

        Position(boolean highImpact, boolean highRisk) {
            this.highImpact = highImpact;
            this.highRisk = highRisk;
        }

        public boolean isHighImpact() {
            return highImpact;
        }

        public boolean isHighRisk() {
            return highRisk;
        }

        /** The position of a Database choice code, if it is one. */
        public static Optional<Position> of(String code) {
            if (code == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
    }

    public String getOffering() {
        return offering;
    }

    public Position getPosition() {
        return position;
    }
}
