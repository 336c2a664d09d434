package com.aftersales.resolution;

import java.math.BigDecimal;

/**
 * What the resolution policy recommends for a confirmed problem.
 *
 * @param route where the case goes: {@code PROPOSE} to the agent's proposal, {@code DISPUTE} straight
 *              to the dispute path (suspected counterfeits), {@code NOT_ELIGIBLE} closed as not eligible
 */
public record Recommendation(String resolution, boolean eligible, boolean returnRequired,
                             String returnShippingPaidBy, String route, BigDecimal agentCompensationLimit) {
}
