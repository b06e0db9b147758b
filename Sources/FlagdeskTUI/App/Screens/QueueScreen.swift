import FlagdeskEngine

/// The queue: moves read the window around the selection from the store (keyset paging).
struct QueueScreen: ScreenHandler {
    func pageSize(_ controller: DeskController) -> Int { controller.listHeight - 1 }

    func move(by delta: Int, _ controller: DeskController) {
        controller.attempt { try controller.state.queue.move(by: delta, desk: controller.desk) }
    }

    func moveToEnd(top: Bool, _ controller: DeskController) {
        controller.attempt {
            top
                ? try controller.state.queue.moveToTop(desk: controller.desk)
                : try controller.state.queue.moveToBottom(desk: controller.desk)
        }
    }
}
