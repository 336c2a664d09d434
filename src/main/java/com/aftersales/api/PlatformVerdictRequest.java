package com.aftersales.api;

import com.aftersales.vocabulary.ResponsibleParty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Body of {@code POST /api/cases/{caseId}/platform-verdict}. A seller-liable verdict refunds
 * {@code refundAmount}, or all that is left to refund when it is absent.
 */
record PlatformVerdictRequest(
        @Schema(example = "SELLER") @NotNull ResponsibleParty responsibleParty,
        @Schema(example = "199.00", description = "yuan, two decimals at most; only with SELLER")
        @Positive @Digits(integer = 10, fraction = 2) BigDecimal refundAmount,
        @Schema(example = "扣除信用分2分 2 credit points deducted") @Size(max = 1000) String penalty) {
}
