package com.aftersales.resolution;

import com.aftersales.vocabulary.PolicyRoute;
import com.aftersales.vocabulary.RemedyKind;
import com.aftersales.vocabulary.Resolution;
import com.aftersales.vocabulary.ShippingPayer;
import java.math.BigDecimal;

/**
 * What the resolution policy recommends for a confirmed problem.
 *
 * @param resolution           empty where the policy leaves it to the agent ({@code OTHER}) or routes elsewhere
 * @param returnShippingPaidBy empty where no return is involved
 * @param route                where the case goes next
 * @param remedy               what to give beside the resolution, as the seeds do (a gift, a coupon …); may be empty
 */
public record Recommendation(Resolution resolution, boolean eligible, boolean returnRequired,
                             ShippingPayer returnShippingPaidBy, PolicyRoute route, BigDecimal agentCompensationLimit,
                             RemedyKind remedy) {
}
