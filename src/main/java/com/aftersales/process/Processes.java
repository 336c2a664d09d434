package com.aftersales.process;

import java.util.List;

/** The application's processes: a case, its dispute, a review case. */
public final class Processes {

    public static final List<String> KEYS = List.of(AfterSalesCase.PROCESS_KEY, DisputeEscalation.PROCESS_KEY,
            ReviewRemediation.PROCESS_KEY);

    private Processes() {
    }
}
