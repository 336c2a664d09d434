package com.aftersales.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal reads as a person's message: Chinese first, the field by its label, no variable name or code. */
class RefusalNoticeTest {

    private final FormSchema proposal = form("propose-resolution");

    @Test
    void anAmountOverWhatCanStillBeRefundedNamesTheFieldAndBothAmounts() {
        String notice = RefusalNotice.of(List.of("compensationAmount: 9999.00 yuan is more than the 39.00 yuan that can "
                + "still be refunded for order TB1"), proposal);

        assertThat(notice).isEqualTo("未能完成，请修改后再提交 Not completed, please correct and submit again:\n"
                + "补偿金额（元） Compensation amount (yuan)：9999.00 元超过了订单 TB1 还能退的 39.00 元。 "
                + "9999.00 yuan is more than the 39.00 yuan that can still be refunded for order TB1");
    }

    @Test
    void everyProblemTheFormChecksWriteHasItsChinese() {
        List<String> problems = List.of("resolution: is required, one of [EXCHANGE, REFUND_ONLY]",
                "resolution: 'BROKEN' is not one of [EXCHANGE]", "refundAmount: must be a number",
                "refundAmount: must be at least 0.01", "proposalNote: must have at most 1000 characters",
                "refundAmount: REFUND_ONLY needs a positive amount in yuan", "refundAmount: 1.001 has fractions of a fen "
                        + "(at most two decimals)");

        String notice = RefusalNotice.of(problems, proposal);

        assertThat(notice).contains("解决方案 Resolution：必须填写。", "解决方案 Resolution：不是可选的一项。",
                "退款金额（元） Refund amount (yuan)：必须是数字。", "退款金额（元） Refund amount (yuan)：不能小于 0.01。",
                "方案说明 Proposal note：最多 1000 个字。", "这个方案需要填写大于 0 的金额。", "1.001 不能有不足一分的部分")
                .doesNotContain("refundAmount:", "proposalNote:", "resolution:");
        assertThat(notice.lines().skip(1)).allSatisfy(line -> assertThat(line).matches("^[^A-Za-z]+ .*"));
    }

    private static FormSchema form(String id) {
        try {
            return FormSchema.parse(new ObjectMapper().readTree(Path.of("forms", id + ".form").toFile()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
