package org.foodtrace.api.trace;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.foodtrace.api.error.ApiProblem;
import org.foodtrace.api.error.ProblemCodes;
import org.foodtrace.api.security.BearerTokenAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Anonymous trace look-ups are limited per client address (a token bucket refilled evenly over a minute);
 * over the limit the answer is 429 with {@code Retry-After}. Callers with a token are not limited here.
 */
@Component
public class AnonymousTraceRateLimiter implements HandlerInterceptor {

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2))
            .maximumSize(100_000)
            .build();

    public AnonymousTraceRateLimiter(PublicProperties properties) {
        this.perMinute = properties.rateLimit();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (perMinute == 0 || authenticated()) {
            return true;
        }
        ConsumptionProbe probe = buckets.get(request.getRemoteAddr(), address -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.RATE_LIMITED,
                "Too many trace look-ups from this address; try again in " + seconds + " s.");
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    private static boolean authenticated() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof BearerTokenAuthentication && authentication.isAuthenticated();
    }
}
