// The width a chart may take: its container's, followed as the pane is resized (320–450 px and more).
import { RefObject, useEffect, useState } from "react";

export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 300): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, Math.floor(element.clientWidth) || fallback));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
