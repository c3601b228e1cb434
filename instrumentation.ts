/** Runs once when a server process starts: background jobs live in the Node.js runtime. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.TOILE_JOBS === "0") return;
  const { startJobs } = await import("./lib/jobs/boss");
  try {
    await startJobs();
  } catch (error) {
    // The site still serves pages; health scores just stop refreshing until the next start.
    console.error("[jobs] could not start background jobs", error);
  }
}
