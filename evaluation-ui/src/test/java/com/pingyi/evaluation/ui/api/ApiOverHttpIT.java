package com.pingyi.evaluation.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API through a real Tomcat and the real servlet mapping, where Vaadin's servlet also listens: the
 * Basic challenge, no session cookie, an unknown path answered by the API and not by Vaadin, and an
 * upload over the container's limit refused with a 413 problem. Runs under failsafe, in its own JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=128KB"})
class ApiOverHttpIT {

    static final String ADMIN_PASSWORD = "api-it-" + UUID.randomUUID();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("pingyi-api-it");
        registry.add("pingyi.data-dir", dataDir::toString);
        registry.add("pingyi.admin.password", () -> ADMIN_PASSWORD);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_stranger_gets_the_basic_challenge_and_a_problem_and_an_admin_the_rounds_without_a_session() throws Exception {
        HttpResponse<String> stranger = http.send(request("/api/rounds").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(stranger.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Pingyi\"");
        assertThat(stranger.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(stranger.body()).contains("\"status\":401");

        HttpResponse<String> admin = http.send(request("/api/rounds").header("Authorization", basic()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"year\":2019");
        assertThat(admin.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void an_unknown_api_path_is_the_api_s_404_problem_not_a_vaadin_page() throws Exception {
        HttpResponse<String> response = http.send(request("/api/no-such-thing").header("Authorization", basic()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:pingyi:problem:not-found").doesNotContain("<html");
    }

    @Test
    void an_upload_over_the_container_s_limit_is_a_413_problem() throws Exception {
        String boundary = "pingyi-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 100 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

        HttpResponse<String> response = http.send(request("/api/rounds/" + UUID.randomUUID() + "/scores")
                .header("Authorization", basic()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("urn:pingyi:problem:too-large");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
