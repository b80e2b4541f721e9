-- AlterTable
ALTER TABLE "files" ADD COLUMN     "page_count" INTEGER,
ADD COLUMN     "upload_id" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "files_uploaded_by_user_id_upload_id_key" ON "files"("uploaded_by_user_id", "upload_id");

-- CreateIndex
CREATE UNIQUE INDEX "files_uploaded_by_staff_id_upload_id_key" ON "files"("uploaded_by_staff_id", "upload_id");
