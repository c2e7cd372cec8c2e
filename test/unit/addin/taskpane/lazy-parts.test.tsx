/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { lazy, Suspense } from "react";
import { LazyPartBoundary } from "../../../../src/addin/taskpane/lazy-parts";

describe("a lazily loaded part of the pane", () => {
  it("that cannot be loaded shows a note in its place, and the rest of the pane stays", async () => {
    const Broken = lazy(() => Promise.reject(new Error("ChunkLoadError: net::ERR_INTERNET_DISCONNECTED")));
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      render(
        <main>
          <p>Participants</p>
          <LazyPartBoundary message="This part could not be loaded">
            <Suspense fallback={<p>Loading…</p>}>
              <Broken />
            </Suspense>
          </LazyPartBoundary>
        </main>,
      );
      expect(await screen.findByRole("note")).toHaveTextContent("This part could not be loaded");
      expect(screen.getByText("Participants")).toBeInTheDocument();
    } finally {
      quiet.mockRestore();
    }
  });

  it("that loads is shown as usual", async () => {
    const Fine = lazy(async () => ({ default: () => <p>History</p> }));
    render(
      <LazyPartBoundary message="This part could not be loaded">
        <Suspense fallback={<p>Loading…</p>}>
          <Fine />
        </Suspense>
      </LazyPartBoundary>,
    );
    expect(await screen.findByText("History")).toBeInTheDocument();
    expect(screen.queryByRole("note")).toBeNull();
  });
});
