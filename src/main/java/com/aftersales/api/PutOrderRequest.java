package com.aftersales.api;

import com.aftersales.orders.OrderEntry;
import com.aftersales.vocabulary.CustomerTier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Body of {@code PUT /api/orders/{orderId}}: the order as the order system knows it, all of it each time (an
 * optional field left out is empty afterwards, the tier {@code NORMAL}, the shipping fee zero).
 */
record PutOrderRequest(
        @Schema(example = "buyer-007") @NotBlank @Size(max = 64) @Pattern(regexp = SingleLine.PATTERN, message = SingleLine.MESSAGE) String buyerId,
        @Schema(example = "蓝牙耳机 bluetooth earphones") @NotBlank @Size(max = 200) @Pattern(regexp = SingleLine.PATTERN, message = SingleLine.MESSAGE) String itemName,
        @Schema(example = "89.00", description = "yuan, two decimals at most") @NotNull @Positive
        @Digits(integer = 10, fraction = 2) BigDecimal paidAmount,
        @Schema(example = "0.00", description = "yuan paid for shipping with the order, two decimals at most; default 0")
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal shippingFee,
        @Schema(example = "2026-11-23T02:15:00Z") Instant paidAt,
        @Schema(example = "2026-11-25T02:15:00Z", description = "when the shop promised to ship") Instant promisedShipBy,
        @Schema(example = "VIP", description = "default NORMAL") CustomerTier buyerTier,
        @Schema(example = "浙江省杭州市西湖区文三路 100 号 张三 138****0000") @Size(max = 500) String shippingAddress) {

    OrderEntry toEntry(String orderId) {
        return new OrderEntry(orderId, buyerId.trim(), itemName.trim(), paidAmount, shippingFee, paidAt, promisedShipBy,
                buyerTier, shippingAddress == null || shippingAddress.isBlank() ? null : shippingAddress.trim());
    }
}
