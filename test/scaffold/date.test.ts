/** `folio new` dates the issue on the previous issue's day, a real day of the new month (the schema refuses 02-31). */
import { describe, expect, it } from "vitest";
import { sameDay } from "../../src/scaffold/plan.js";

describe("the new issue's date", () => {
  it("keeps the previous issue's day of the month", () => {
    expect(sameDay("2022-09", "2022-08-25")).toBe("2022-09-25");
    expect(sameDay("2023-01", "2022-12-05")).toBe("2023-01-05");
  });

  it("takes the month's last day where the month is shorter", () => {
    expect(sameDay("2023-02", "2023-01-31")).toBe("2023-02-28");
    expect(sameDay("2024-02", "2024-01-30")).toBe("2024-02-29");
    expect(sameDay("2022-09", "2022-08-31")).toBe("2022-09-30");
  });
});
