package org.okr4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  /** Builds "built n" for the n-th call, or null or a failure when told to. */
  private static final class Counting extends Memo<String> {
    final AtomicInteger builds = new AtomicInteger();
    final int failures;

    Counting(int failures) {
      this.failures = failures;
    }

    @Override
    protected String build() {
      int n = builds.incrementAndGet();
      if (n <= failures) {
        throw new IllegalStateException("failure " + n);
      }
      return "built " + n;
    }
  }

  @Test
  void get_buildsOnce() {
    Counting memo = new Counting(0);
    assertThat(memo.builds).hasValue(0);
    assertThat(memo.get()).isEqualTo("built 1");
    assertThat(memo.get()).isSameAs(memo.get()).isEqualTo("built 1");
    assertThat(memo.builds).hasValue(1);
  }

  @Test
  void get_whenBuildingThrows_keepsNothingAndBuildsAgain() {
    Counting memo = new Counting(1);
    assertThatThrownBy(memo::get).isInstanceOf(IllegalStateException.class).hasMessage("failure 1");
    assertThat(memo.get()).isEqualTo("built 2");
    assertThat(memo.builds).hasValue(2);
  }

  @Test
  void get_whenBuildingReturnsNull_throws() {
    Memo<String> memo =
        new Memo<>() {
          @Override
          @SuppressWarnings("NullAway") // the case under test: a build that breaks its contract
          protected String build() {
            return null;
          }
        };
    assertThatThrownBy(memo::get)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("built value must not be null");
  }

  @Test
  void get_fromManyThreads_buildsOnce() throws InterruptedException {
    Counting memo = new Counting(0);
    Thread[] threads = new Thread[8];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(memo::get);
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(memo.get()).isEqualTo("built 1");
    assertThat(memo.builds).hasValue(1);
  }
}
