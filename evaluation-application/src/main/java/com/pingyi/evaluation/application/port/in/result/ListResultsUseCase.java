package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.port.in.paging.Page;
import com.pingyi.evaluation.application.readmodel.RankedUnitView;
import jakarta.annotation.security.RolesAllowed;

/**
 * A round's results, ranked. A closed or published round answers from its stored snapshot; a
 * round still being scored is computed on the spot as a preview.
 */
public interface ListResultsUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    Page<RankedUnitView> listResults(ListResults query);
}
