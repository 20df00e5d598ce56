package com.pingyi.evaluation.application.service.mywork;

import com.pingyi.evaluation.application.port.in.mywork.ListMyAssignmentsUseCase;
import com.pingyi.evaluation.application.port.in.mywork.ListMyUnitRoundsUseCase;
import com.pingyi.evaluation.application.port.out.FindRoundsOfScorerPort;
import com.pingyi.evaluation.application.port.out.FindRoundsOfUnitsPort;
import com.pingyi.evaluation.application.port.out.LoadRoundPort;
import com.pingyi.evaluation.application.port.out.UnitRegistryPort;
import com.pingyi.evaluation.application.service.access.Access;

/** The only way to obtain the queries of an expert's and a unit contact's own work. */
public final class MyWorkServices {

    private final LoadRoundPort load;
    private final Access access;

    public MyWorkServices(LoadRoundPort load, Access access) {
        this.load = load;
        this.access = access;
    }

    public ListMyAssignmentsUseCase listMyAssignments(FindRoundsOfScorerPort findRounds) {
        return new ListMyAssignmentsService(load, findRounds, access);
    }

    public ListMyUnitRoundsUseCase listMyUnitRounds(FindRoundsOfUnitsPort findRounds, UnitRegistryPort registry) {
        return new ListMyUnitRoundsService(load, findRounds, registry, access);
    }
}
