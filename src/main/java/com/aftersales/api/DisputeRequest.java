package com.aftersales.api;

import com.aftersales.vocabulary.OpenedBy;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/cases/{caseId}/disputes}: the buyer complained to the platform, or the platform stepped in. */
record DisputeRequest(
        @Schema(example = "BUYER") @NotNull OpenedBy openedBy,
        @Schema(example = "买家投诉商品与描述不符 The buyer says the item is not as described") @NotBlank @Size(max = 1000)
        String reason) {
}
