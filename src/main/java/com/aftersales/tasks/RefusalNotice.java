package com.aftersales.tasks;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A refused completion as the person at the form reads it: Chinese first, then English, each problem under the
 * label of the field it concerns, and nothing technical (no engine code, task id or variable name). The problems
 * themselves stay as the checks write them ({@code field: English}), for engine-REST clients.
 */
final class RefusalNotice {

    /** The Chinese for each problem the checks write (their English after the field name), first match wins. */
    private static final List<Translation> CHINESE = List.of(
            new Translation("is required and must be true or false", m -> "必须选择是或否"),
            new Translation("must be confirmed \\(true\\)", m -> "必须勾选确认"),
            new Translation("is required(, one of .*)?", m -> "必须填写"),
            new Translation("must be a number", m -> "必须是数字"),
            new Translation("must be at least (\\S+)", m -> "不能小于 " + m.group(1)),
            new Translation("must be at most (\\S+)", m -> "不能大于 " + m.group(1)),
            new Translation("'.*' is not one of .*", m -> "不是可选的一项"),
            new Translation("must be text", m -> "必须是文字"),
            new Translation("must have at least (\\d+) characters", m -> "至少 " + m.group(1) + " 个字"),
            new Translation("must have at most (\\d+) characters", m -> "最多 " + m.group(1) + " 个字"),
            new Translation("must match .*", m -> "格式不对"),
            new Translation("must be an amount in yuan", m -> "必须是以元计的金额"),
            new Translation("\\S+ needs a positive amount in yuan", m -> "这个方案需要填写大于 0 的金额"),
            new Translation("the amount must be positive", m -> "金额必须大于 0"),
            new Translation("(\\S+) has fractions of a fen.*", m -> m.group(1) + " 不能有不足一分的部分（最多两位小数）"),
            new Translation("(\\S+) yuan is more than the (\\S+) yuan that can still be refunded for order (\\S+)",
                    m -> m.group(1) + " 元超过了订单 " + m.group(3) + " 还能退的 " + m.group(2) + " 元"),
            new Translation("order (\\S+) is not in the order system.*",
                    m -> "订单 " + m.group(1) + " 在订单系统中查不到；请不要勾选，向买家索取订单信息"),
            new Translation("order (\\S+) belongs to another buyer than (\\S+);.*",
                    m -> "订单 " + m.group(1) + " 不属于买家 " + m.group(2) + "；请不要勾选，向买家核实"),
            new Translation("name the resolution the buyer agreed to", m -> "请选择买家同意的解决方案"),
            new Translation("a positive amount in yuan is needed", m -> "需要填写大于 0 的金额"),
            new Translation("name the gift to pack", m -> "请填写要放入包裹的礼品"),
            new Translation("(\\S+) yuan is more than the (\\S+) yuan any proposal may give as .*",
                    m -> m.group(1) + " 元超过了任何方案可给的上限 " + m.group(2) + " 元"),
            new Translation("(\\S+) yuan together is more than the (\\S+) yuan that can still be refunded for order (\\S+)",
                    m -> "合计 " + m.group(1) + " 元超过了订单 " + m.group(3) + " 还能退的 " + m.group(2) + " 元"),
            new Translation("the shop pays back the return shipping only when the goods come back",
                    m -> "只有商品退回时店铺才报销退货运费"),
            new Translation("a gift travels in the parcel the warehouse ships: choose a resolution that ships an item",
                    m -> "赠品随仓库寄出的包裹发出：请选择换货或补发"));

    private RefusalNotice() {
    }

    /** The notice for the problems of a task's completion; {@code form} names the fields (may be null). */
    static String of(List<String> problems, FormSchema form) {
        return "未能完成，请修改后再提交 Not completed, please correct and submit again:\n"
                + problems.stream().map(problem -> line(problem, form)).collect(Collectors.joining("\n"));
    }

    private static String line(String problem, FormSchema form) {
        int colon = problem.indexOf(": ");
        if (colon < 0) {
            return problem;
        }
        String key = problem.substring(0, colon);
        String english = problem.substring(colon + 2);
        FormSchema.Field field = form == null ? null : form.field(key);
        String label = field == null ? key : field.label();
        return label + "：" + chinese(english) + english;
    }

    /** The Chinese and a separating space, or nothing where the English carries its Chinese already or is unknown. */
    private static String chinese(String english) {
        for (Translation translation : CHINESE) {
            Matcher matcher = translation.english().matcher(english);
            if (matcher.matches()) {
                return translation.chinese().apply(matcher) + "。 ";
            }
        }
        return "";
    }

    private record Translation(Pattern english, Function<Matcher, String> chinese) {
        Translation(String english, Function<Matcher, String> chinese) {
            this(Pattern.compile(english), chinese);
        }
    }
}
