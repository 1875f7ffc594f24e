package org.okr4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void get_buildsOnceAndChecksTheValue() {
    AtomicInteger builds = new AtomicInteger();
    Lazy<String> lazy =
        Lazy.of(() -> "built " + builds.incrementAndGet(), s -> Checks.notBlank(s, "text"));
    assertThat(builds).hasValue(0);
    assertThat(lazy.get()).isEqualTo("built 1");
    assertThat(lazy.get()).isSameAs(lazy.get()).isEqualTo("built 1");
    assertThat(builds).hasValue(1);
  }

  @Test
  void get_keepsWhatTheCheckReturns() {
    Lazy<String> lazy = Lazy.of(() -> " padded ", String::strip);
    assertThat(lazy.get()).isEqualTo("padded");
  }

  @Test
  void get_whenTheCheckRefuses_keepsNothingAndBuildsAgain() {
    AtomicInteger builds = new AtomicInteger();
    Lazy<String> lazy =
        Lazy.of(
            () -> builds.incrementAndGet() == 1 ? " " : "second", s -> Checks.notBlank(s, "text"));
    assertThatThrownBy(lazy::get)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
    assertThat(lazy.get()).isEqualTo("second");
    assertThat(builds).hasValue(2);
  }

  @Test
  void of_refusesNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Lazy.class);
  }

  @Test
  void get_fromManyThreads_buildsOnce() throws InterruptedException {
    AtomicInteger builds = new AtomicInteger();
    Lazy<Integer> lazy = Lazy.of(builds::incrementAndGet, v -> v);
    Thread[] threads = new Thread[8];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(lazy::get);
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(lazy.get()).isEqualTo(1);
    assertThat(builds).hasValue(1);
  }
}
