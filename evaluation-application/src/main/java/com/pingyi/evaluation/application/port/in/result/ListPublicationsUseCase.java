package com.pingyi.evaluation.application.port.in.result;

import com.pingyi.evaluation.application.port.in.Roles;
import com.pingyi.evaluation.application.readmodel.PublishedVersion;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The versions a round was published in, oldest first; empty until it is published. */
public interface ListPublicationsUseCase {

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    List<PublishedVersion> listPublications(ListPublications query);
}
