package com.pingyi.evaluation.ui.api;

import com.pingyi.evaluation.application.port.in.scoreimport.ImportScores;
import com.pingyi.evaluation.application.port.in.scoreimport.ImportScoresUseCase;
import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportResult;
import com.pingyi.evaluation.domain.round.RoundId;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * A score file (XLSX or CSV) sent by another system, through the same importer as the web page: all of
 * it is written, or nothing and every problem in a 422 (admins only).
 */
@RestController
class ScoresApi {

    private final ImportScoresUseCase importScores;
    private final DataSize maxFileSize;

    ScoresApi(ImportScoresUseCase importScores,
              @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.importScores = importScores;
        this.maxFileSize = maxFileSize;
    }

    @PostMapping(path = "/api/rounds/{id}/scores", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ApiJson.Imported importScores(@PathVariable String id, @RequestParam("file") MultipartFile file) throws IOException {
        RoundId round = RoundId.of(id);
        // The container refuses a larger upload before it gets here; checked again so that the limit holds
        // whoever parsed the request, and before the whole file is read into memory.
        if (file.getSize() > maxFileSize.toBytes()) {
            throw new MaxUploadSizeExceededException(maxFileSize.toBytes());
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? file.getName() : file.getOriginalFilename();
        ScoreImportResult result = importScores.importScores(new ImportScores(round, name, file.getBytes()));
        if (!result.written()) {
            throw new ApiExceptions.ScoreFileRejected(result);
        }
        return new ApiJson.Imported(result.rowsRead(), result.scoresWritten());
    }
}
