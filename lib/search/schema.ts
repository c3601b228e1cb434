import { z } from "zod";
import { searchQueryField } from "@/lib/groups/schema";
import { pageNumberSchema } from "@/lib/pagination";

/** `/search?q=…&page=…`: a query read as the directory reads one (trimmed, bounded), and a page. */
export const searchPageQuerySchema = z.object({ q: searchQueryField, page: pageNumberSchema });
