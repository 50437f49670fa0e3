import { useEffect, useState, type RefObject } from "react";

/** The viewport's width inside its borders and scroll bar, followed as the window or panel resizes. */
export function useVisibleWidth(viewport: RefObject<HTMLDivElement>): number | undefined {
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewport]);
  return width;
}
